print('naïve ✓')
raise ValueError('ünïcödé message ✗')
