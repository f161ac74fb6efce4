"""Cluster stage: articles into cross-lingual stories by their main event (incremental, blocked)."""

from milwatch.cluster.metrics import bcubed, story_links
from milwatch.cluster.stories import StoryIndex, assign_stories, main_event

__all__ = ["StoryIndex", "assign_stories", "bcubed", "main_event", "story_links"]
