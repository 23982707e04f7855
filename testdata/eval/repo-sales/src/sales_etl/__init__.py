"""Sales ETL helpers shared by the sales-analytics notebooks and jobs."""

__version__ = "1.8.2"
