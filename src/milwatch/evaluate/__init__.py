"""Evaluation against a gold set in the GUIDELINES format (mirrors ../shared/eval/score.py)."""
