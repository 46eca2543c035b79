"""Readers for the input formats: byte decoding, HTML text, metadata found in the text."""
