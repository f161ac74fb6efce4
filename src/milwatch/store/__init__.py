"""The store: the only code that talks SQL.

    store = open_store("var/milwatch.db")          # SQLiteStore behind the Store protocol
    store = open_store("postgresql://me@db/milwatch")  # PostgresStore (psycopg 3: the postgres extra)
    counts = store.add_articles(batch)              # one transaction
"""

from milwatch.store.base import AddCounts, Store, open_store
from milwatch.store.postgres import PostgresStore
from milwatch.store.sqlite import SQLiteStore

__all__ = ["AddCounts", "PostgresStore", "SQLiteStore", "Store", "open_store"]
