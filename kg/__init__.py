"""kg: a knowledge-graph builder for Russian news about relations between states."""

__version__ = "0.1.0"
