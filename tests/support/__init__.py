"""Helpers shared by several test modules (importable as `support.*`: pytest puts tests/ on the path)."""
