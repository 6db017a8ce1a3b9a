"""Sinks of the warehouse that people read: the static site (`site`), its Atom feed of rating
changes (`feed`), its charts (`charts`) and map (`map`). See publish/site.py."""
