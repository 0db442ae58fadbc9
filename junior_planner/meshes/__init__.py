"""The only layer that imports trimesh: 3D files in, plain numpy mesh assets out (no Qt)."""
