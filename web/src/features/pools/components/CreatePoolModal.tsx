import { Alert, Button, Group, List, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { LIMITS, type ContactFilter } from "@talentlane/shared";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { useNavigate } from "react-router-dom";
import { describeError, readFieldProblems } from "../../../lib/graphql-errors";
import { mapProblemsToForm } from "../../../lib/form-errors";
import { usePoolMutations } from "../hooks/usePoolMutations";

export interface CreatePoolModalProps {
  opened: boolean;
  onClose: () => void;
  /** The kind selected first; `lockKind` keeps it (e.g. "Save filter as a dynamic pool"). */
  initialKind?: "STATIC" | "DYNAMIC";
  lockKind?: boolean;
  /** The filter a DYNAMIC pool is created with. */
  filter: ContactFilter | null;
  /** Lines describing `filter`, shown when there is no editor. */
  filterSummary?: readonly string[];
  /** An editor for `filter` (the page's filter builder), shown for DYNAMIC pools. */
  filterEditor?: ReactNode;
}

/** Creates a talent pool: STATIC (members added by hand) or DYNAMIC (everyone a filter matches), then opens it. */
export function CreatePoolModal({ opened, onClose, initialKind = "STATIC", lockKind = false, filter, filterSummary, filterEditor }: CreatePoolModalProps) {
  const navigate = useNavigate();
  const { createPool, isCreating } = usePoolMutations();
  const [kind, setKind] = useState(initialKind);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<{ fields: Record<string, string>; message: string | null }>({ fields: {}, message: null });
  useEffect(() => setKind(initialKind), [initialKind, opened]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ fields: { name: "Name the pool" }, message: null });
      return;
    }
    if (kind === "DYNAMIC" && !filter) {
      setErrors({ fields: {}, message: "A dynamic pool needs at least one condition." });
      return;
    }
    setErrors({ fields: {}, message: null });
    try {
      const poolId = await createPool({ name: name.trim(), description: description.trim() || null, kind, filter });
      setName("");
      setDescription("");
      onClose();
      navigate(`/pools/${encodeURIComponent(poolId)}`);
    } catch (caught) {
      const mapped = mapProblemsToForm(readFieldProblems(caught), { knownPaths: (path) => path === "name" || path === "description" });
      setErrors({ fields: mapped.fields, message: mapped.unplaced.length > 0 || Object.keys(mapped.fields).length === 0 ? describeError(caught) : null });
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={lockKind && kind === "DYNAMIC" ? "Save filter as a dynamic pool" : "New talent pool"} size={kind === "DYNAMIC" && filterEditor ? "xl" : "md"}>
      <form onSubmit={handleSubmit}>
        <Stack gap="sm">
          {!lockKind && (
            <SegmentedControl
              aria-label="Pool kind"
              value={kind}
              onChange={(value) => setKind(value as "STATIC" | "DYNAMIC")}
              data={[
                { value: "STATIC", label: "Static: members by hand" },
                { value: "DYNAMIC", label: "Dynamic: members by filter" },
              ]}
            />
          )}
          <TextInput label="Pool name" required maxLength={LIMITS.nameMaxLength} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.fields.name} data-autofocus />
          <Textarea label="Description" autosize minRows={2} maxLength={LIMITS.lineMaxLength} value={description} onChange={(event) => setDescription(event.currentTarget.value)} error={errors.fields.description} />
          {kind === "DYNAMIC" &&
            (filterEditor ?? (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  Members: every contact matching
                </Text>
                <List size="sm">
                  {(filterSummary ?? []).map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </Stack>
            ))}
          {kind === "STATIC" && (
            <Text size="sm" c="dimmed">
              Add members from the Contacts page: select contacts, then “Add to pool…”.
            </Text>
          )}
          {errors.message && (
            <Alert color="red" role="alert" p="xs">
              <Text size="sm">{errors.message}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isCreating}>
              Create pool
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
