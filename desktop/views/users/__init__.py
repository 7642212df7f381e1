"""The Users page of an administrator: the account's users, a new user's form, and the assignment picker."""
