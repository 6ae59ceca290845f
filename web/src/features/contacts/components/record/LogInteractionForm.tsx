import { Alert, Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { LIMITS } from "@talentlane/shared";
import { useState, type FormEvent } from "react";
import { mapProblemsToForm } from "../../../../lib/form-errors";
import { describeError, readFieldProblems } from "../../../../lib/graphql-errors";
import { useLogInteraction, type InteractionDraft } from "../../hooks/useLogInteraction";

const CHANNELS = [
  { value: "CALL", label: "Call" },
  { value: "NOTE", label: "Note" },
  { value: "EMAIL", label: "Email" },
  { value: "MEETING", label: "Meeting" },
  { value: "MESSAGE", label: "Message" },
];

export interface LogInteractionFormProps {
  contactId: string;
}

/** Logs a call, note, email, meeting or message; it appears at the top of the timeline. */
export function LogInteractionForm({ contactId }: LogInteractionFormProps) {
  const { logInteraction, isLogging } = useLogInteraction(contactId);
  const [channel, setChannel] = useState<InteractionDraft["channel"]>("CALL");
  const [direction, setDirection] = useState<"OUTBOUND" | "INBOUND">("OUTBOUND");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [duration, setDuration] = useState<number | "">("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const hasDuration = channel === "CALL" || channel === "MEETING";

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!body.trim() && !subject.trim()) {
      setErrors({ body: "Write what happened (or at least a subject)" });
      return;
    }
    setErrors({});
    setMessage(null);
    try {
      await logInteraction({
        channel,
        direction: channel === "NOTE" ? "INTERNAL" : direction,
        subject: subject.trim() || null,
        body: body.trim() || null,
        durationMinutes: hasDuration && duration !== "" ? duration : null,
      });
      setSubject("");
      setBody("");
      setDuration("");
    } catch (error) {
      const mapped = mapProblemsToForm(readFieldProblems(error), { knownPaths: (path) => ["subject", "body", "durationMinutes"].includes(path) });
      setErrors(mapped.fields);
      if (mapped.unplaced.length > 0 || Object.keys(mapped.fields).length === 0) setMessage(describeError(error));
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Log an interaction">
      <Stack gap="xs">
        <Group gap="xs" align="flex-start" wrap="wrap">
          <Select label="Type" w={130} allowDeselect={false} data={CHANNELS} value={channel} onChange={(value) => value && setChannel(value as InteractionDraft["channel"])} />
          {channel !== "NOTE" && (
            <Select
              label="Direction"
              w={130}
              allowDeselect={false}
              data={[
                { value: "OUTBOUND", label: "Outbound" },
                { value: "INBOUND", label: "Inbound" },
              ]}
              value={direction}
              onChange={(value) => value && setDirection(value as "OUTBOUND" | "INBOUND")}
            />
          )}
          <TextInput label="Subject" style={{ flex: 1, minWidth: 180 }} maxLength={LIMITS.lineMaxLength} value={subject} onChange={(event) => setSubject(event.currentTarget.value)} error={errors.subject} />
          {hasDuration && <NumberInput label="Minutes" w={100} min={0} max={1440} allowDecimal={false} value={duration} onChange={(value) => setDuration(typeof value === "number" ? value : "")} error={errors.durationMinutes} />}
        </Group>
        <Textarea label={channel === "NOTE" ? "Note" : "Notes"} autosize minRows={2} maxRows={10} maxLength={LIMITS.textMaxLength} value={body} onChange={(event) => setBody(event.currentTarget.value)} error={errors.body} />
        {message && (
          <Alert color="red" role="alert" p="xs">
            <Text size="sm">{message}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={isLogging}>
            Log {CHANNELS.find((item) => item.value === channel)?.label.toLowerCase() ?? "interaction"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
