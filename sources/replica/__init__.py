"""A local replica of Ofsted's reports site over the corpus folder, for tests, demos and benchmarks."""
from sources.replica.corpus import Corpus, CorpusError, load_corpus
from sources.replica.faults import Fault
from sources.replica.server import Replica, ReplicaServer, ReplicaState, parse_as_of

__all__ = ["Corpus", "CorpusError", "Fault", "Replica", "ReplicaServer", "ReplicaState", "load_corpus",
           "parse_as_of"]
