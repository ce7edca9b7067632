// AWS Signature Version 4: built in issue 5.
