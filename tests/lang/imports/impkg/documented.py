"""A module with a docstring."""
VALUE = 3
