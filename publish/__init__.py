"""Sinks of the warehouse that people read: the static site (`site`), its Atom feed of rating
changes (`feed`), its charts (`charts`) and map (`map`), and the Excel workbook (`workbook`).
See publish/site.py and publish/workbook.py."""
