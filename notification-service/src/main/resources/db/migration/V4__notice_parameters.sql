-- What a notice's title and text were rendered from (JSON, NoticeParametersConverter), so that the inbox can say an
-- earlier notice in the language its reader reads now; notices written before have none and are shown as sent.
alter table notice add column parameters text;
