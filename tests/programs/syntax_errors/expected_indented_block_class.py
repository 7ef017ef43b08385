class Empty:

value = 1
