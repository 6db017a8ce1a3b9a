"""The pipeline's steps as plain functions: discover, ingest, backfill. Prefect wraps them in `flows/`."""
