"""The learned second opinion on rule events (issue 10 item 7): an optional extra.

`minilm.py` holds its encoder, all-MiniLM-L6-v2 sentence embeddings in numpy.
"""
