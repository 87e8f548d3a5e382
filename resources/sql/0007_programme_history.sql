-- The maturity history is kept like the status reports: steps are never changed nor removed.
CREATE TRIGGER maturity_history_no_delete BEFORE DELETE ON maturity_history
BEGIN
    SELECT RAISE(ABORT, 'the maturity history is append-only');
END;
