"""Reading pasted news: sentences → date and name mentions → launch proposals, and slips of tracked launches."""
