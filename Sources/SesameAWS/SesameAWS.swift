// Credentials, transport, retries and clients: built in issue 5.
