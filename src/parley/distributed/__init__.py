"""Parley on a Dask cluster: `parley ingest --workers N` or `--scheduler tcp://HOST:PORT`.

`cluster` starts or reaches the cluster, `tasks` is what each worker runs (the model loaded
once per worker process), `ingest` is the driver that partitions the inputs, bounds what is
in flight and brings the results to the store.
"""

from parley.distributed.cluster import cluster_client
from parley.distributed.ingest import (
    ingest_articles_on_cluster,
    ingest_on_cluster,
    ingest_paths_distributed,
)

__all__ = ["cluster_client", "ingest_articles_on_cluster", "ingest_on_cluster",
           "ingest_paths_distributed"]
