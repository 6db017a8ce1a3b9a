"""One module per report format; each reads a `PdfText` into the fields of an `Extraction`."""
