"""The `ofsted` command line."""
