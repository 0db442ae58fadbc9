"""pyqtgraph.opengl + PyOpenGL rendering: viewport, batched scene, picking rays, snapshots."""
