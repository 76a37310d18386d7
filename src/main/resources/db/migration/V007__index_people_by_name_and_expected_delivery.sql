-- A search by family name and date also matches an unborn child's expected date of delivery: with this index
-- beside person_family_name_dob the database combines two index lookups instead of reading everyone with the name.
CREATE INDEX person_family_name_edd ON person (family_name_key, expected_delivery_date);
