"""Exports: the knowledge base in formats other tools read."""
