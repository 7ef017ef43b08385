import sys
def hook(exc_type, exc, tb):
    print(f'custom hook: {exc_type.__name__}: {exc}', file=sys.stderr)
sys.excepthook = hook
print('before error')
raise LookupError('handled by hook')
