def worker(n):
    raise ValueError(f'worker {n} failed')

def run_all():
    errors = []
    for n in range(2):
        try:
            worker(n)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup('inner batch', errors)
    raise ExceptionGroup('all work failed', [inner, TypeError('config')])

run_all()
