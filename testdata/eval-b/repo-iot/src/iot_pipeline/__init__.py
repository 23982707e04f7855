"""IoT telemetry pipeline (fleet sensors → Delta)."""

__version__ = "2.7.1"
