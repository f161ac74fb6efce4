"""tests/test_world.py, tests/test_world_countries.py and tests/test_parallel.py run again on PostgreSQL
(the world model: officials, their countries and merges; extraction in worker processes), as
test_postgres_suites.py does for other folders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.pg_retarget import PgPaths, collect, load

PATHS = PgPaths()
# `milwatch export --db PATH` in the same test reads the file the PostgreSQL store never wrote
SQLITE_ONLY = {
    "test_officials_get_a_country_from_the_sides_or_stay_unknown",
}
MODULES = [load(m, PATHS) for m in ("test_world.py", "test_world_countries.py", "test_parallel.py")]
collect(globals(), MODULES, SQLITE_ONLY, own_fixtures=set())


@pytest.fixture(scope="module", autouse=True)
def _drop_databases() -> Iterator[None]:
    yield
    PATHS.drop_all()
