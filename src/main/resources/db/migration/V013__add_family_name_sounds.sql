-- How each family name sounds, so that looking for existing records before creating one finds
-- 'Smyth' for 'Smith'. Filled by V014 (Java: the sound is Double Metaphone, which SQL lacks).
ALTER TABLE person ADD COLUMN family_name_sound VARCHAR(8);
ALTER TABLE person_other_name ADD COLUMN family_name_sound VARCHAR(8);
CREATE INDEX person_family_name_sound_dob ON person (family_name_sound, date_of_birth);
CREATE INDEX person_other_name_family_name_sound ON person_other_name (family_name_sound);
