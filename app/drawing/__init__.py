"""What both shells paint or word with Qt (QtGui, no widgets): map images, the PDF report,
the translators of the UI and report languages. The GUI and the CLI import it; it imports neither."""
