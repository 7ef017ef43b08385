# Namespace for concurrency helpers; see concurrent.futures.
