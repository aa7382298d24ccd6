-- A board's proposals of one topic, newest first: the list filtered by topic (and district) reads them in
-- order instead of walking the whole board's list (issue 4, benchmark "list filtered by district and topic").
CREATE INDEX proposal_board_topic_list ON proposal (board_id, topic, published_at DESC, id DESC);
