"""`milwatch spark INPUT... --out DIR`: the pipeline as a Spark job, Parquet out, optionally loaded."""

from __future__ import annotations

from pathlib import Path

import click

from milwatch.cli._common import open_db, settings_from, show_path
from milwatch.export._streams import dump_json_lines
from milwatch.packs.check import checked_registry, packs_root


@click.command("spark")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Directory for the Parquet tables (articles, events, persons, quarantine); replaced.")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master: local[N], local[*], spark://host:port, yarn, k8s://...")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Partitions the stages run in [default: Spark's parallelism, at least 2].")
@click.option("--load", "load", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also load the result into this milwatch database (created when missing).")
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the GUIDELINES predictions (as `milwatch predict` does) to this file.")
def command(inputs: tuple[Path, ...], out: Path, master: str, partitions: int | None, load: Path | None,
            predictions: Path | None) -> None:
    """Run ingest → language → clean → extract → stories → real events on Spark over INPUT files and
    directories.

    The stages are the embedded pipeline's own functions, run in mapPartitions with
    packs and language models built once per partition; duplicates, stories and real
    events are resolved in Spark with the blocking keys of the story index and the
    event merge.  OUT gets Parquet tables
    with the store's columns; the results equal those of `milwatch ingest` +
    `milwatch extract` (or `milwatch predict`) on the same input:

        milwatch spark corpus/ --out runs/2026-01 --master local[4] --load var/milwatch.db
    """
    from milwatch.spark import load_into, prediction_rows, run_spark

    checked_registry()  # a pack that does not load stops the run here (exit 2), before Spark starts
    settings = settings_from(db=load)
    summary = run_spark(list(inputs), out, settings, master=master, partitions=partitions,
                        packs_root=packs_root())
    c = summary.counts
    click.echo(f"{c['articles']} articles ({c['stored']} stored, {c['duplicates']} duplicates, "
               f"{c['id_clashes']} id clashes), {c['quarantined']} quarantined; {c['extracted']} extracted, "
               f"{c['relevant']} relevant, {c['events']} events, {c['stories']} stories, "
               f"{c['real_events']} real events "
               f"in {summary.seconds:.1f} s on {master} → {show_path(str(out))}", err=True)
    if predictions is not None:
        rows = list(prediction_rows(out))
        dump_json_lines(rows, predictions)
        click.echo(f"wrote {len(rows)} predictions → {show_path(str(predictions))}", err=True)
    if load is not None:
        store = open_db(settings, create=True)
        try:
            loaded = load_into(store, out, batch_size=settings.batch_size,
                               known_officials=settings.officials_paths())
        finally:
            store.close()
        if loaded.story_mismatches:
            click.echo(f"warning: {loaded.story_mismatches} articles got another story "
                       f"in the database than in "
                       f"the Spark run (please report this)", err=True)
        if loaded.real_event_mismatches:
            click.echo(f"warning: {loaded.real_event_mismatches} reports got another real "
                       f"event in the database "
                       f"than in the Spark run (please report this)", err=True)
        click.echo(f"loaded {loaded.stored} new articles, {loaded.extractions} extractions, {loaded.stories} "
                   f"stories, {loaded.officials} officials → {show_path(str(load))}", err=True)
