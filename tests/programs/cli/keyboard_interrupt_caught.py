try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')
try:
    raise KeyboardInterrupt('with message')
except BaseException as e:
    print(type(e).__name__, e)
