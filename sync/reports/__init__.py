"""Reports from the local cache: meter readings, the fleet summary, readings due, open cases and orders.

A builder (one module per report) selects and orders in SQL and turns the rows into a `model.Report`: a plain
structure of header facts, one table with typed columns, its totals and flags, and chart series. The writers
(`xlsx.py`, `csv_file.py`; a PDF renderer and a preview later) take any report; every title and code in it is a
key that the caller's `Words` turns into text, so nothing here speaks a language.
"""
