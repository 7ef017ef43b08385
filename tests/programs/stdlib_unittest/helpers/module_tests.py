"""A module whose contents loader.py sets up itself."""
