-- A break-glass keeps the agency its practitioner worked for when they broke glass: that agency's safeguarding lead
-- reviews it, found by this column rather than by a list of every practitioner's id bound into the query (which
-- PostgreSQL refuses past 65,535 parameters, and an agency's staff only grows). The vendor migration V084_1 fills
-- it in for break-glass recorded before, and V084_2 then requires it.
ALTER TABLE break_glass ADD COLUMN agency_id UUID REFERENCES agency (id);
