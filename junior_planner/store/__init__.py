"""SQLite persistence (no Qt): one file, WAL, synchronous=FULL, one transaction per edit."""

from junior_planner.store.database import StoreError
from junior_planner.store.repository import Store

__all__ = ["Store", "StoreError"]
