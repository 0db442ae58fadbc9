"""The 3D editor where children place blocks on their site (issue 4)."""
