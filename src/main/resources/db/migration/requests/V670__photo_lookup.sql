-- A photo is served after finding the request it belongs to, by its address (the reporter's photo) or
-- by its key in the history (the team's photo of the fix): both looked up by index.
CREATE INDEX ix_service_request_media ON service_request (media_url);
CREATE INDEX ix_service_request_update_photo ON service_request_update (photo_key);
