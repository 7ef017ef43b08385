g = {}; exec('x=1', g); print(sorted(g))
try: print(eval('open', {'__builtins__': {}}))
except NameError as e: print('NameError', e)
print(eval('len([1])', {'__builtins__': {'len': len}}))
import builtins
print(eval('abs(-1)', {'__builtins__': builtins}))
def f(): return min(1,2)
print(eval('f()', {'__builtins__': {}, 'f': f}))
ns = {'__builtins__': {'print': print}}
exec('def g(): return len([])', ns)
try: ns['g']()
except NameError as e: print('NameError', e)
try: eval("__import__('os')", {'__builtins__': {}})
except NameError as e: print('NameError', e)
