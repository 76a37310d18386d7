-- A token is good for the roles its holder had when it was issued: when the roles change, it stops working.
ALTER TABLE api_token ADD COLUMN roles VARCHAR(1000);
