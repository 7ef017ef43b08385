import sys
def hook(unraisable):
    print('unraisable:', type(unraisable.exc_value).__name__, unraisable.exc_value)
    print('object is __del__:', getattr(unraisable.object, '__name__', None))
sys.unraisablehook = hook
class Bad:
    def __del__(self):
        raise ValueError('error in __del__')
b = Bad()
del b
print('program continues after __del__ error')
