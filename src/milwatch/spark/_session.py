"""A Spark session for milwatch jobs: pyspark from the `spark` extra, Java from the system."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from milwatch.errors import MissingExtraError, SparkError

JAVA_HINT = ("install a Java runtime (17 or later), e.g. Debian's `apt-get install -y "
             "openjdk-17-jre-headless`, "
             "or set JAVA_HOME")


def find_java() -> str | None:
    """The java executable Spark will start: $JAVA_HOME/bin/java, else `java` on the PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def spark_session(master: str, app_name: str = "milwatch") -> Any:
    """A SparkSession on `master` (local[N] or any cluster URL); clear errors when it cannot start."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise MissingExtraError("milwatch spark", "pyspark", "spark") from None
    if find_java() is None:
        raise SparkError(f"Spark needs Java and none was found: {JAVA_HINT}")
    builder = (SparkSession.builder.master(master).appName(app_name)
               .config("spark.ui.enabled", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.showConsoleProgress", "false"))
    if master.startswith("local"):
        # executors are processes of this machine: the interpreter that has milwatch installed
        # (pyspark reads PYSPARK_PYTHON when the context starts; a value the user set wins)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # a local job talks to itself only: bind the driver to the loopback interface
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - py4j / pyspark raise several kinds; all mean "cannot start"
        raise SparkError(f"cannot start Spark on master {master!r}: {type(exc).__name__}: {exc}") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session
