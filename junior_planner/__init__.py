"""Junior Planner: children's participatory planning workshops in 3D."""

__version__ = "0.1.0"
