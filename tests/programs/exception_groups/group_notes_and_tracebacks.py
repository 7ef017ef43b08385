import traceback
def fail(n):
    raise ValueError(f'failure {n}')
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        e.add_note(f'attempt {i}')
        errors.append(e)
eg = ExceptionGroup('retries failed', errors)
eg.add_note('group-level note')
print(eg.__notes__, [e.__notes__ for e in eg.exceptions])
m, r = eg.split(lambda e: '0' in str(e))
print(m.__notes__, m.exceptions[0].__notes__, r.exceptions[0].__notes__)
print(m.__traceback__ is eg.__traceback__)
