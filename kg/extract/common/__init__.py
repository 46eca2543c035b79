"""What several fact kinds read: dates, numbers, who said what, the document's two states."""
