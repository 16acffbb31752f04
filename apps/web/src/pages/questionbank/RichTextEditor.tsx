import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  PictureOutlined,
  TableOutlined,
  UnderlineOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Tooltip } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n';
import './qb.css';

/** Images inserted from a file become data: URLs of at most this size (the server refuses larger ones too). */
export const MAX_IMAGE_BYTES = 1024 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** An empty editor leaves "<br>" or "<p><br></p>" behind: count that as empty. */
function normalise(html: string): string {
  const plain = html
    .replace(/<br\s*\/?>/gi, '')
    .replace(/<\/?(p|div)>/gi, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
  return plain === '' ? '' : html;
}

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * A small rich-text editor (contentEditable + the browser's editing commands): bold, italic, underline, lists,
 * a table and images from files (data: URLs ≤ 1 MB). Pasting inserts plain text only, so no foreign markup (or
 * event handlers) enters the editor. `value` must be HTML the server returned (sanitised) or this editor produced;
 * what is saved is sanitised again by the server, and pages show the server's version.
 */
export function RichTextEditor({
  value,
  onChange,
  placeholder,
  testId,
  small = false,
  extra,
}: {
  value?: string;
  onChange?: (html: string) => void;
  placeholder?: string;
  testId?: string;
  small?: boolean;
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const box = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const range = useRef<Range | null>(null);

  // Take the value in when it changes from outside (a reset, another item), not while the user types.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const incoming = value ?? '';
    if (normalise(el.innerHTML) !== normalise(incoming)) el.innerHTML = incoming;
  }, [value]);

  const emit = () => {
    const el = box.current;
    if (el) onChange?.(normalise(el.innerHTML));
  };

  const saveSelection = () => {
    const sel = window.getSelection();
    if (sel && sel.rangeCount > 0 && box.current?.contains(sel.anchorNode)) range.current = sel.getRangeAt(0);
  };

  const restoreSelection = () => {
    const el = box.current;
    if (!el) return;
    el.focus();
    const sel = window.getSelection();
    if (!sel) return;
    sel.removeAllRanges();
    if (range.current) {
      sel.addRange(range.current);
    } else {
      const r = document.createRange();
      r.selectNodeContents(el);
      r.collapse(false);
      sel.addRange(r);
    }
  };

  const exec = (command: string, arg?: string) => {
    restoreSelection();
    document.execCommand(command, false, arg);
    saveSelection();
    emit();
  };

  const insertTable = () => {
    const cell = '<td><br></td>';
    const row = `<tr>${cell.repeat(3)}</tr>`;
    exec('insertHTML', `<table><tbody>${row.repeat(2)}</tbody></table><p><br></p>`);
  };

  const onImage = async (file: File | undefined) => {
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type)) {
      void message.error(t('qb.editor.imageType'));
      return;
    }
    if (file.size > MAX_IMAGE_BYTES) {
      void message.error(t('qb.editor.imageTooBig'));
      return;
    }
    exec('insertImage', await readDataUrl(file));
  };

  const tool = (key: string, title: string, icon: ReactNode, onClick: () => void) => (
    <Tooltip title={title} key={key}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={title}
        // keep the editor's selection: do not take the focus on mouse down
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
        data-testid={testId ? `${testId}-${key}` : undefined}
      />
    </Tooltip>
  );

  return (
    <div>
      <Flex className="qb-toolbar" gap={2} align="center" wrap>
        {tool('bold', t('qb.editor.bold'), <BoldOutlined />, () => exec('bold'))}
        {tool('italic', t('qb.editor.italic'), <ItalicOutlined />, () => exec('italic'))}
        {tool('underline', t('qb.editor.underline'), <UnderlineOutlined />, () => exec('underline'))}
        {tool('ul', t('qb.editor.ul'), <UnorderedListOutlined />, () => exec('insertUnorderedList'))}
        {tool('ol', t('qb.editor.ol'), <OrderedListOutlined />, () => exec('insertOrderedList'))}
        {small ? null : tool('table', t('qb.editor.table'), <TableOutlined />, insertTable)}
        {tool('image', t('qb.editor.image'), <PictureOutlined />, () => {
          saveSelection();
          fileInput.current?.click();
        })}
        {extra ? <span style={{ marginLeft: 'auto' }}>{extra}</span> : null}
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          style={{ display: 'none' }}
          tabIndex={-1}
          aria-hidden
          onChange={(e) => {
            void onImage(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </Flex>
      {/* biome-ignore lint/a11y/useSemanticElements: a rich-text editor cannot be a <textarea> */}
      <div
        ref={box}
        className={`qb-editor qb-rich${small ? ' qb-editor-small' : ''}`}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        tabIndex={0}
        data-placeholder={placeholder}
        data-testid={testId}
        onInput={emit}
        onBlur={() => {
          saveSelection();
          emit();
        }}
        onKeyUp={saveSelection}
        onMouseUp={saveSelection}
        onPaste={(e) => {
          e.preventDefault();
          document.execCommand('insertText', false, e.clipboardData.getData('text/plain'));
          emit();
        }}
        onDrop={(e) => e.preventDefault()}
      />
    </div>
  );
}
